import type { Messages } from '../../messages';
import type en from '../en/common';

export default {
  appName: 'Campaign Workbench',
  opening: 'Đang mở không gian làm việc…',
  language: 'Ngôn ngữ',
  dbError: {
    newerVersion: {
      title: 'Hãy cập nhật Campaign Workbench để mở kế hoạch',
      body: 'Dữ liệu này được ghi bởi một phiên bản Campaign Workbench mới hơn. Hãy cập nhật ứng dụng để mở; chưa có gì bị thay đổi.',
    },
    blocked: {
      title: 'Một cửa sổ khác đang cập nhật dữ liệu',
      body: 'Một cửa sổ Campaign Workbench khác đang nâng cấp cơ sở dữ liệu. Hãy đóng các cửa sổ khác rồi thử lại.',
    },
    unavailable: {
      title: 'Không mở được kế hoạch của bạn',
      body: 'Không mở được kế hoạch của bạn: bộ nhớ cục bộ không khả dụng hoặc đã đầy. Hãy giải phóng dung lượng ổ đĩa, hoặc kiểm tra xem ứng dụng có được phép lưu dữ liệu trên máy tính này không, rồi thử lại.',
    },
    retry: 'Thử lại',
    reload: 'Tải lại',
    details: 'Chi tiết kỹ thuật',
  },
  save: {
    saving: 'Đang lưu…',
    saved: 'Đã lưu mọi thay đổi',
    error: 'Chưa lưu: {{message}}',
  },
  status: {
    draft: 'Bản nháp',
    inFieldReview: 'Đang thẩm định thực địa',
    agreed: 'Đã thống nhất',
  },
  actions: {
    cancel: 'Hủy',
    create: 'Tạo',
    save: 'Lưu',
    delete: 'Xóa',
    rename: 'Đổi tên',
    duplicate: 'Nhân bản',
    close: 'Đóng',
    restore: 'Khôi phục',
    open: 'Mở',
    undo: 'Hoàn tác',
  },
} satisfies Messages<typeof en>;
