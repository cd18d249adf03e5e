import type { Messages } from '../../messages';
import type en from '../en/canvas';

export default {
  label: 'Khung vẽ kế hoạch',
  missing: 'Kế hoạch này không còn nữa. Có thể nó đã bị xoá trong một cửa sổ khác.',
  minimap: 'Bản đồ tổng quan',
  node: { untitled: 'Chưa đặt tên', linkIn: 'Liên kết đến', linkOut: 'Kéo để liên kết với phần tử khác' },
  a11y: {
    nodeHelp:
      'Nhấn Enter hoặc phím cách để chọn. Phím mũi tên di chuyển phần đã chọn; Delete để xoá; Ctrl+C và Ctrl+V để sao chép và dán.',
  },
  palette: { label: 'Thêm phần tử', hint: 'Nhấp hoặc nhấn Enter để thêm vào vùng đang xem, hoặc kéo vào khung vẽ' },
  coverage: {
    label: 'Đối chiếu 4P↔4C',
    balanced: 'Cân bằng: mỗi P đều có C tương ứng',
    unbalanced: 'Chưa cân bằng: có P thiếu góc nhìn khách hàng',
    status: {
      covered: 'Đã đủ: cả hai phía đều có trong kế hoạch',
      lacking: 'Thiếu C: hãy bổ sung góc nhìn khách hàng cho P này',
      customerOnly: 'Chỉ có góc nhìn khách hàng: chưa có P tương ứng',
      unused: 'Không dùng trong kế hoạch này',
    },
  },
  inspector: {
    tabs: { details: 'Chi tiết', reviews: 'Thẩm định', history: 'Lịch sử' },
    label: 'Bảng thuộc tính',
    multiple: 'Đã chọn {{count}} phần tử. Kéo để di chuyển cùng nhau, hoặc nhấn Ctrl+G để đưa vào một khung.',
    title: 'Tiêu đề',
    body: 'Nội dung',
    bodyPlaceholder: 'Ghi lại điều cả nhóm thống nhất…',
    link: 'Liên kết',
    linkType: 'Loại',
    linkLabel: 'Nhãn',
    deleteLink: 'Xoá liên kết',
    plan: 'Kế hoạch',
    planHint: 'Chọn một phần tử để chỉnh sửa. Mọi thay đổi được lưu ngay khi bạn gõ.',
  },
  plan: {
    title: 'Tên kế hoạch',
    brand: 'Thương hiệu / sản phẩm',
    market: 'Thị trường',
    periodStart: 'Ngày bắt đầu',
    periodEnd: 'Ngày kết thúc',
    currency: 'Tiền tệ',
  },
  toolbar: { back: 'Về danh sách kế hoạch', history: 'Lịch sử', arrange: 'Sắp xếp', newLinks: 'Liên kết mới:' },
  help: {
    title: 'Phím tắt và thao tác',
    gesture: {
      connect: { what: 'Liên kết hai phần tử', how: 'Kéo từ chấm ở cạnh phải sang phần tử khác' },
      multiSelect: { what: 'Chọn nhiều', how: 'Ctrl + nhấp hoặc Shift + nhấp' },
      boxSelect: { what: 'Chọn một vùng', how: 'Giữ Shift và kéo trên vùng trống' },
      moveKeys: { what: 'Di chuyển phần đã chọn', how: 'Phím mũi tên (giữ Shift: bốn ô lưới)' },
      pan: { what: 'Di chuyển khung nhìn', how: 'Kéo vùng trống, hoặc cuộn' },
      zoom: { what: 'Thu phóng', how: 'Ctrl + cuộn, hoặc chụm hai ngón' },
      group: { what: 'Đưa vào khung', how: 'Kéo phần tử vào một khung' },
      palette: { what: 'Thêm phần tử', how: 'Dùng Tab để tới bảng phần tử, rồi nhấn Enter' },
    },
  },
} satisfies Messages<typeof en>;
