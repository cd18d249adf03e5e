import type { Messages } from '../../messages';
import type en from '../en/workshop';

export default {
  palette: {
    title: '命令面板',
    input: '查找命令或元素',
    placeholder: '输入命令或元素名称…',
    results: '命令和元素',
    count_one: '{{count}} 个结果',
    count_other: '{{count}} 个结果',
    empty: '没有与“{{query}}”匹配的项目。',
    hint: '↑ ↓ 选择 · Enter 执行 · Esc 关闭',
    type: { command: '命令', theme: '外观' },
  },
  theme: {
    label: '主题',
    choice: { system: '跟随系统', light: '浅色', dark: '深色' },
    command: '主题：{{choice}}',
    current: '使用中',
  },
  move: {
    announce: '已向{{direction}}移动：x {{x}}，y {{y}}。',
    direction: { up: '上', down: '下', left: '左', right: '右' },
  },
} satisfies Messages<typeof en>;
