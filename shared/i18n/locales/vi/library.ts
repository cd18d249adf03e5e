import type { Messages } from '../../messages';
import type en from '../en/library';

export default {
  heading: { plans: 'Kế hoạch', trash: 'Thùng rác' },
  sections: 'Các mục của thư viện',
  newPlan: 'Kế hoạch mới',
  newWindow: 'Cửa sổ mới',
  search: {
    label: 'Tìm kế hoạch',
    placeholder: 'Tìm theo tiêu đề, thương hiệu hoặc thị trường',
  },
  untitled: 'Kế hoạch chưa đặt tên',
  copyOf: 'Bản sao của {{title}}',
  column: {
    title: 'Tiêu đề',
    brandMarket: 'Thương hiệu · Thị trường',
    status: 'Trạng thái',
    updated: 'Sửa lần cuối',
    trashed: 'Chuyển vào thùng rác lúc',
    elements: 'Số phần tử',
    actions: 'Thao tác',
  },
  renameLabel: 'Tiêu đề kế hoạch',
  moveToTrash: 'Chuyển vào thùng rác',
  deleteForever: 'Xóa vĩnh viễn',
  noMatches: 'Không có kế hoạch nào khớp với “{{query}}”.',
  empty: {
    title: 'Lập kế hoạch chiến dịch đầu tiên',
    body: 'Chọn một mẫu để bắt đầu. Sau này bạn vẫn có thể đổi tên, sắp xếp lại và bổ sung mọi thứ.',
  },
  trash: {
    explanation: 'Kế hoạch trong thùng rác được giữ lại cho đến khi bạn xóa vĩnh viễn. Khôi phục một kế hoạch để đưa nó trở lại danh sách.',
    empty: 'Thùng rác trống.',
  },
  confirmDelete: {
    title: 'Xóa vĩnh viễn “{{title}}”?',
    body: 'Kế hoạch cùng mọi phần tử và lịch sử chỉnh sửa sẽ bị xóa khỏi máy tính này. Không thể hoàn tác thao tác này.',
  },
  notice: {
    trashed: 'Đã chuyển “{{title}}” vào thùng rác.',
    restored: '“{{title}}” đã trở lại danh sách kế hoạch.',
    deleted: 'Đã xóa vĩnh viễn “{{title}}”.',
    duplicated: 'Đã tạo “{{title}}”.',
    failed: 'Không thực hiện được: {{message}}',
    dismiss: 'Đóng thông báo',
  },
  newPlanDialog: {
    title: 'Kế hoạch mới',
    planTitle: 'Tiêu đề',
    brand: 'Thương hiệu',
    market: 'Thị trường',
    marketPlaceholder: 'VD: Đài Loan, TP. Hồ Chí Minh',
    currency: 'Tiền tệ',
    period: 'Thời gian chiến dịch',
    periodStart: 'Ngày bắt đầu',
    periodEnd: 'Ngày kết thúc',
    periodError: 'Ngày kết thúc không được sớm hơn ngày bắt đầu.',
    template: 'Bắt đầu từ mẫu',
    create: 'Tạo kế hoạch',
    failed: 'Không tạo được kế hoạch: {{message}}',
  },
} satisfies Messages<typeof en>;
