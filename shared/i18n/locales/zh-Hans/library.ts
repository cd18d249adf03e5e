import type { Messages } from '../../messages';
import type en from '../en/library';

export default {
  heading: { plans: '计划', trash: '回收站' },
  sections: '计划库导航',
  newPlan: '新建计划',
  newWindow: '新窗口',
  search: {
    label: '搜索计划',
    placeholder: '按标题、品牌或市场搜索',
  },
  untitled: '未命名计划',
  copyOf: '{{title}} 的副本',
  column: {
    title: '标题',
    brandMarket: '品牌 · 市场',
    status: '状态',
    updated: '最后编辑',
    trashed: '移入回收站时间',
    elements: '元素数',
    actions: '操作',
  },
  renameLabel: '计划标题',
  moveToTrash: '移到回收站',
  deleteForever: '永久删除',
  noMatches: '没有与“{{query}}”匹配的计划。',
  empty: {
    title: '规划你的第一个营销活动',
    body: '选择一个模板开始。之后可以随时重命名、调整布局和补充内容。',
  },
  trash: {
    explanation: '回收站中的计划会一直保留，直到你将其永久删除。恢复计划即可让它回到计划列表。',
    empty: '回收站是空的。',
  },
  confirmDelete: {
    title: '要永久删除“{{title}}”吗？',
    body: '该计划及其所有元素和编辑历史将从这台电脑上移除，且无法撤销。',
  },
  notice: {
    trashed: '已将“{{title}}”移到回收站。',
    restored: '“{{title}}”已回到计划列表。',
    deleted: '已永久删除“{{title}}”。',
    duplicated: '已创建“{{title}}”。',
    failed: '操作失败：{{message}}',
    dismiss: '关闭提示',
  },
  newPlanDialog: {
    title: '新建计划',
    planTitle: '标题',
    brand: '品牌',
    market: '市场',
    marketPlaceholder: '例如：华东区、胡志明市',
    currency: '币种',
    period: '活动周期',
    periodStart: '开始日期',
    periodEnd: '结束日期',
    periodError: '结束日期不能早于开始日期。',
    template: '从模板开始',
    create: '创建计划',
    failed: '无法创建计划：{{message}}',
  },
} satisfies Messages<typeof en>;
