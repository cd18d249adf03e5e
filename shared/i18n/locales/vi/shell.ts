import type { Messages } from '../../messages';
import type en from '../en/shell';

export default {
  menu: { file: 'Tệp', edit: 'Sửa', view: 'Xem', window: 'Cửa sổ', help: 'Trợ giúp' },
  command: {
    plan: { new: 'Kế hoạch mới', library: 'Tất cả kế hoạch' },
    window: { new: 'Cửa sổ mới' },
    edit: {
      undo: 'Hoàn tác',
      redo: 'Làm lại',
      cut: 'Cắt',
      copy: 'Sao chép',
      paste: 'Dán',
      delete: 'Xoá',
      selectAll: 'Chọn tất cả',
      duplicate: 'Nhân bản',
      group: 'Đưa vào khung',
    },
    view: {
      zoomIn: 'Phóng to',
      zoomOut: 'Thu nhỏ',
      zoomToFit: 'Vừa khung nhìn',
      toggleMinimap: 'Hiện hoặc ẩn bản đồ tổng quan',
      autoLayout: 'Tự động sắp xếp',
      history: 'Lịch sử kế hoạch',
    },
    help: { shortcuts: 'Phím tắt' },
    review: { start: 'Chế độ thẩm định' },
    palette: { open: 'Tìm lệnh hoặc phần tử…' },
  },
  role: {
    about: 'Giới thiệu Campaign Workbench',
    services: 'Dịch vụ',
    hide: 'Ẩn Campaign Workbench',
    hideOthers: 'Ẩn các ứng dụng khác',
    unhide: 'Hiện tất cả',
    quit: 'Thoát Campaign Workbench',
    close: 'Đóng cửa sổ',
    minimize: 'Thu nhỏ cửa sổ',
    zoom: 'Phóng to cửa sổ',
    front: 'Đưa tất cả lên trước',
    togglefullscreen: 'Bật hoặc tắt toàn màn hình',
    toggleDevTools: 'Bật hoặc tắt công cụ nhà phát triển',
  },
} satisfies Messages<typeof en>;
