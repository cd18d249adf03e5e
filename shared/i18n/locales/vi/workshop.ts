import type { Messages } from '../../messages';
import type en from '../en/workshop';

export default {
  palette: {
    title: 'Bảng lệnh',
    input: 'Tìm lệnh hoặc phần tử',
    placeholder: 'Gõ tên lệnh hoặc tên phần tử…',
    results: 'Lệnh và phần tử',
    count_one: '{{count}} kết quả',
    count_other: '{{count}} kết quả',
    empty: 'Không có gì khớp với “{{query}}”.',
    hint: '↑ ↓ để chọn · Enter để thực hiện · Esc để đóng',
    type: { command: 'Lệnh', theme: 'Giao diện' },
  },
  theme: {
    label: 'Giao diện',
    choice: { system: 'Theo hệ thống', light: 'Sáng', dark: 'Tối' },
    command: 'Giao diện: {{choice}}',
    current: 'đang dùng',
  },
  move: {
    announce: 'Đã di chuyển {{direction}}: x {{x}}, y {{y}}.',
    direction: { up: 'lên', down: 'xuống', left: 'sang trái', right: 'sang phải' },
  },
} satisfies Messages<typeof en>;
