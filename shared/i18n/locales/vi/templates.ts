import type { Messages } from '../../messages';
import type en from '../en/templates';

export default {
  blank: {
    name: 'Kế hoạch trống',
    description: 'Bắt đầu từ một khung vẽ trống.',
  },
  'marketing-mix-4p': {
    name: 'Marketing hỗn hợp 4P',
    description: 'Sản phẩm, giá, phân phối và xúc tiến trên cùng một bảng, gắn với mục tiêu mà chúng phục vụ.',
  },
  'customer-view-4c': {
    name: 'Góc nhìn khách hàng 4C',
    description: 'Giá trị cho khách hàng, chi phí, sự tiện lợi và giao tiếp: nhìn kế hoạch bằng con mắt của khách hàng.',
  },
  'paired-4p-4c': {
    name: 'Kế hoạch ghép cặp 4P↔4C',
    description:
      'Mỗi chữ P đặt cạnh chữ C tương ứng, để mọi quyết định đều được đối chiếu với điều khách hàng thực sự nhận được.',
  },
  'campaign-launch': {
    name: 'Ra mắt chiến dịch',
    description:
      'Từ phân khúc, khách hàng mục tiêu và định vị, qua marketing hỗn hợp, đến chiến thuật và KPI, kèm một dòng ngân sách và mốc ra mắt.',
  },
  frame: {
    mix: 'Marketing hỗn hợp (4P)',
    customerView: 'Góc nhìn khách hàng (4C)',
    productCustomer: 'Sản phẩm ↔ Khách hàng',
    priceCost: 'Giá ↔ Chi phí',
    placeConvenience: 'Phân phối ↔ Tiện lợi',
    promotionCommunication: 'Xúc tiến ↔ Giao tiếp',
  },
  card: {
    product: {
      title: 'Sản phẩm',
      prompt: 'Chúng ta cung cấp gì, và nó giải quyết vấn đề nào của khách hàng tốt hơn các lựa chọn khác?',
    },
    price: {
      title: 'Giá',
      prompt: 'Khách hàng sẽ trả bao nhiêu, và mức giá đó so với các lựa chọn họ đang cân nhắc thì thế nào?',
    },
    place: {
      title: 'Phân phối',
      prompt: 'Sản phẩm đến tay khách hàng qua những kênh và đối tác nào, và kênh đó thực sự sẽ làm gì?',
    },
    promotion: {
      title: 'Xúc tiến',
      prompt: 'Làm sao để thị trường biết đến và tạo ra nhu cầu: thông điệp, phương tiện, ưu đãi nào, vào lúc nào?',
    },
    customer: {
      title: 'Giá trị cho khách hàng',
      prompt: 'Điều này đáp ứng nhu cầu nào của khách hàng, và họ nhận được giá trị gì, nói bằng lời của chính họ?',
    },
    cost: {
      title: 'Chi phí của khách hàng',
      prompt: 'Khách hàng thực sự tốn bao nhiêu để mua và sử dụng: tiền bạc, thời gian, công sức và rủi ro khi đổi nhà cung cấp?',
    },
    convenience: {
      title: 'Sự tiện lợi',
      prompt: 'Khách hàng tìm thấy, mua và bắt đầu dùng có dễ không, có ở đúng nơi và đúng lúc họ vẫn thường mua sắm không?',
    },
    communication: {
      title: 'Giao tiếp',
      prompt: 'Làm sao trò chuyện hai chiều với khách hàng thay vì chỉ nói một chiều, và lắng nghe điều họ thực sự nghĩ và phản đối?',
    },
    segment: {
      title: 'Phân khúc',
      prompt: 'Chúng ta nhắm đến nhóm khách hàng nào, quy mô ra sao, và họ có điểm gì chung?',
    },
    target: {
      title: 'Khách hàng mục tiêu',
      prompt: 'Ai thực sự mua và ai ra quyết định? Hãy mô tả người khách mà đội bán hàng sẽ đến gặp.',
    },
    positioning: {
      title: 'Định vị',
      prompt: 'Vì sao khách hàng mục tiêu nên chọn chúng ta thay vì các lựa chọn khác? Một câu mà nhân viên bán hàng có thể nói ngay với khách.',
    },
    tactic: {
      title: 'Chiến thuật ra mắt',
      prompt: 'Marketing và bán hàng sẽ làm những việc cụ thể nào, ai phụ trách từng việc và hạn chót là khi nào?',
    },
    objective: {
      title: 'Mục tiêu và KPI',
      prompt:
        'Chúng ta cam kết đạt kết quả gì, đo bằng chỉ số nào (khách hàng tiềm năng đạt chuẩn, tỷ lệ chốt đơn, chi phí có một khách hàng), và đến khi nào?',
    },
    budget: {
      title: 'Ngân sách ra mắt',
      prompt: 'Chi bao nhiêu, cho việc gì, phân bổ cho phân khúc nào, và ai đã cùng phê duyệt?',
    },
    milestone: {
      title: 'Ngày ra mắt',
      prompt: 'Phải kịp mốc thời gian hay điểm kiểm tra nào, và đến lúc đó những gì phải sẵn sàng?',
    },
  },
} satisfies Messages<typeof en>;
