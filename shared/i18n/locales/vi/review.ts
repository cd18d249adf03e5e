import type { Messages } from '../../messages';
import type en from '../en/review';

export default {
  verdict: {
    feasible: 'Khả thi',
    feasibleWithChanges: 'Khả thi nếu điều chỉnh',
    notFeasible: 'Không khả thi',
    cantJudge: 'Không thể đánh giá',
  },
  field: {
    verdict: 'Kết luận',
    confidence: 'Mức tin cậy',
    effort: 'Công sức và nguồn lực cần có',
    risks: 'Rủi ro',
    objections: 'Phản đối nghe được từ khách hàng',
    competitorEvidence: 'Bằng chứng về đối thủ',
    comment: 'Nhận xét',
    attachments: 'Tệp đính kèm',
    suggestion: 'Đề xuất thay đổi',
  },
  error: {
    verdictMissing: 'Hãy chọn kết luận trước khi lưu thẩm định.',
    confidenceOutOfRange: 'Mức tin cậy từ 1 đến 5.',
    attachmentTooLarge: '“{{name}}” lớn hơn {{limit}}. Hãy đính kèm tệp nhỏ hơn.',
    attachmentType: '“{{name}}” không phải ảnh hay PDF. Hãy đính kèm tệp PNG, JPEG, WebP, GIF hoặc PDF.',
    attachmentEmpty: '“{{name}}” là tệp rỗng.',
    suggestionField: 'Đề xuất phải chỉ rõ một trường của phần tử này.',
    suggestionUnchanged: 'Giá trị đề xuất giống giá trị hiện tại.',
    suggestionNotNumber: 'Trường này cần một con số.',
    replyEmpty: 'Hãy viết nội dung trước khi gửi trả lời.',
    reviewGone: 'Thẩm định này đã bị xóa nên không thể trả lời nữa.',
    rejectionReasonMissing: 'Hãy nêu lý do từ chối đề xuất.',
    suggestionDecided: 'Đề xuất này đã được quyết định.',
    notSaved: 'Không lưu được thẩm định: {{detail}}',
  },
} satisfies Messages<typeof en>;
