import type { Messages } from '../../messages';
import type en from '../en/review';

export default {
  verdict: { feasible: '可行', feasibleWithChanges: '修改后可行', notFeasible: '不可行', cantJudge: '无法判断' },
  field: {
    verdict: '结论',
    confidence: '信心',
    effort: '所需投入与资源',
    risks: '风险',
    objections: '听到的客户异议',
    competitorEvidence: '竞争对手证据',
    comment: '意见',
    attachments: '附件',
    suggestion: '修改建议',
  },
  error: {
    verdictMissing: '保存评审前请先选择结论。',
    confidenceOutOfRange: '信心的范围是 1 到 5。',
    attachmentTooLarge: '“{{name}}”超过 {{limit}}，请附上较小的文件。',
    attachmentType: '“{{name}}”不是图片或 PDF，请附上 PNG、JPEG、WebP、GIF 或 PDF 文件。',
    attachmentEmpty: '“{{name}}”是空文件。',
    suggestionField: '建议必须指定该元素的某个字段。',
    suggestionUnchanged: '建议的值与当前值相同。',
    suggestionNotNumber: '该字段需要数字。',
    replyEmpty: '请先输入内容再发送回复。',
    reviewGone: '该评审已被删除，无法再回复。',
    rejectionReasonMissing: '请说明不采纳该建议的理由。',
    suggestionDecided: '该建议已有决定。',
    notSaved: '评审未能保存：{{detail}}',
  },
} satisfies Messages<typeof en>;
