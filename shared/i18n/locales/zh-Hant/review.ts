import type { Messages } from '../../messages';
import type en from '../en/review';

export default {
  verdict: { feasible: '可行', feasibleWithChanges: '修改後可行', notFeasible: '不可行', cantJudge: '無法判斷' },
  field: {
    verdict: '結論',
    confidence: '信心',
    effort: '所需投入與資源',
    risks: '風險',
    objections: '聽到的客戶異議',
    competitorEvidence: '競爭對手證據',
    comment: '意見',
    attachments: '附件',
    suggestion: '建議修改',
  },
  error: {
    verdictMissing: '儲存審閱前請先選擇結論。',
    confidenceOutOfRange: '信心的範圍是 1 到 5。',
    attachmentTooLarge: '「{{name}}」超過 {{limit}}，請附上較小的檔案。',
    attachmentType: '「{{name}}」不是圖片或 PDF，請附上 PNG、JPEG、WebP、GIF 或 PDF 檔案。',
    attachmentEmpty: '「{{name}}」是空檔案。',
    suggestionField: '建議必須指定此元素的某個欄位。',
    suggestionUnchanged: '建議的值與目前的值相同。',
    suggestionNotNumber: '這個欄位需要數字。',
    replyEmpty: '請先輸入內容再送出回覆。',
    reviewGone: '此審閱已被刪除，無法再回覆。',
    rejectionReasonMissing: '請說明不採納此建議的理由。',
    suggestionDecided: '此建議已經有決定。',
    notSaved: '審閱未能儲存：{{detail}}',
  },
} satisfies Messages<typeof en>;
