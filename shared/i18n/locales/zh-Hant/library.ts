import type { Messages } from '../../messages';
import type en from '../en/library';

export default {
  heading: { plans: '計畫', trash: '垃圾桶' },
  sections: '計畫庫導覽',
  newPlan: '新增計畫',
  newWindow: '新視窗',
  search: {
    label: '搜尋計畫',
    placeholder: '依標題、品牌或市場搜尋',
  },
  untitled: '未命名計畫',
  copyOf: '{{title}} 的副本',
  column: {
    title: '標題',
    brandMarket: '品牌 · 市場',
    status: '狀態',
    updated: '上次編輯',
    trashed: '移到垃圾桶的時間',
    elements: '元素數',
    actions: '動作',
  },
  renameLabel: '計畫標題',
  moveToTrash: '移到垃圾桶',
  deleteForever: '永久刪除',
  noMatches: '沒有符合「{{query}}」的計畫。',
  empty: {
    title: '規劃你的第一個行銷活動',
    body: '選一個範本開始。之後所有內容都可以改名、重新排列和補充。',
  },
  trash: {
    explanation: '垃圾桶裡的計畫會一直保留，直到你永久刪除為止。還原計畫即可讓它回到計畫列表。',
    empty: '垃圾桶是空的。',
  },
  confirmDelete: {
    title: '要永久刪除「{{title}}」嗎？',
    body: '這份計畫、它的所有元素和編輯紀錄都會從這台電腦上移除，而且無法復原。',
  },
  notice: {
    trashed: '已將「{{title}}」移到垃圾桶。',
    restored: '「{{title}}」已回到計畫列表。',
    deleted: '已永久刪除「{{title}}」。',
    duplicated: '已建立「{{title}}」。',
    failed: '操作失敗：{{message}}',
    dismiss: '關閉通知',
  },
  newPlanDialog: {
    title: '新增計畫',
    planTitle: '標題',
    brand: '品牌',
    market: '市場',
    marketPlaceholder: '例如：台灣、胡志明市',
    currency: '幣別',
    period: '活動期間',
    periodStart: '開始日期',
    periodEnd: '結束日期',
    periodError: '結束日期不能早於開始日期。',
    template: '從範本開始',
    create: '建立計畫',
    failed: '無法建立計畫：{{message}}',
  },
} satisfies Messages<typeof en>;
