import type { Messages } from '../../messages';
import type en from '../en/workshop';

export default {
  palette: {
    title: '指令面板',
    input: '尋找指令或元素',
    placeholder: '輸入指令或元素名稱…',
    results: '指令與元素',
    count_one: '{{count}} 個結果',
    count_other: '{{count}} 個結果',
    empty: '沒有符合「{{query}}」的項目。',
    hint: '↑ ↓ 選擇 · Enter 執行 · Esc 關閉',
    type: { command: '指令', theme: '外觀' },
  },
  theme: {
    label: '主題',
    choice: { system: '跟隨系統', light: '淺色', dark: '深色' },
    command: '主題：{{choice}}',
    current: '使用中',
  },
  move: {
    announce: '已向{{direction}}移動：x {{x}}，y {{y}}。',
    direction: { up: '上', down: '下', left: '左', right: '右' },
  },
} satisfies Messages<typeof en>;
