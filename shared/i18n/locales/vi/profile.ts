import type { Messages } from '../../messages';
import type en from '../en/profile';

export default {
  role: { marketing: 'Marketing', sales: 'Kinh doanh', leadership: 'Lãnh đạo / tài chính' },
  roleHint: {
    marketing: 'Soạn kế hoạch, trả lời thẩm định và quyết định về các đề xuất.',
    sales: 'Thẩm định tính khả thi tại thực địa và đề xuất thay đổi.',
    leadership: 'Đọc, bình luận và ký duyệt kế hoạch.',
  },
  setup: {
    title: 'Ai đang làm việc trên máy này?',
    intro: 'Tên và vai trò của bạn được ghi trên mọi thay đổi, thẩm định và chữ ký duyệt của bạn.',
    name: 'Tên của bạn',
    role: 'Vai trò của bạn',
    create: 'Bắt đầu làm việc',
    notAccessControl: 'Vai trò quyết định những gì bàn làm việc đưa ra cho bạn. Đó không phải mật khẩu: ai dùng máy này cũng có thể đổi hồ sơ.',
  },
  menu: {
    label: 'Hồ sơ: {{name}} ({{role}})',
    switchTo: 'Đổi hồ sơ',
    add: 'Thêm hồ sơ…',
    current: 'Đang làm việc với tư cách',
  },
  error: { nameMissing: 'Hãy nhập tên.' },
} satisfies Messages<typeof en>;
