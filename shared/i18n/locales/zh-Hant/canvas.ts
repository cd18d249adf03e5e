import type { Messages } from '../../messages';
import type en from '../en/canvas';

export default {
  label: '計畫畫布',
  missing: '這份計畫已不存在，可能已在其他視窗中刪除。',
  minimap: '總覽地圖',
  node: { untitled: '未命名', linkIn: '連入的連結', linkOut: '拖曳以連結到其他元素' },
  a11y: {
    nodeHelp: '按 Enter 或空白鍵選取。方向鍵移動選取項目；Delete 刪除；Ctrl+C 與 Ctrl+V 複製與貼上。',
  },
  palette: { label: '新增元素', hint: '點選或按 Enter 加到目前畫面，或拖曳到畫布上' },
  coverage: {
    label: '4P↔4C 對應檢查',
    balanced: '均衡：每個 P 都有對應的 C',
    unbalanced: '不均衡：有 P 缺少顧客觀點',
    status: {
      covered: '已涵蓋：兩端都在計畫中',
      lacking: '缺少對應的 C：請補上這個 P 的顧客觀點',
      customerOnly: '只有顧客觀點：尚無對應的 P',
      unused: '此計畫未使用',
    },
  },
  inspector: {
    tabs: { details: '內容', reviews: '審閱', history: '歷程' },
    label: '屬性面板',
    multiple: '已選取 {{count}} 個元素。拖曳可一起移動，或按 Ctrl+G 放進框架。',
    title: '標題',
    body: '內容',
    bodyPlaceholder: '寫下團隊的共識…',
    link: '連結',
    linkType: '類型',
    linkLabel: '標籤',
    deleteLink: '刪除連結',
    plan: '計畫',
    planHint: '選取元素即可編輯。輸入時會自動儲存。',
  },
  plan: {
    title: '計畫名稱',
    brand: '品牌／產品',
    market: '市場',
    periodStart: '開始日期',
    periodEnd: '結束日期',
    currency: '幣別',
  },
  toolbar: { back: '返回計畫列表', history: '歷程', arrange: '排列', newLinks: '新連結：' },
  help: {
    title: '鍵盤快捷鍵與操作手勢',
    gesture: {
      connect: { what: '連結兩個元素', how: '從右側的圓點拖曳到另一個元素' },
      multiSelect: { what: '選取多個', how: 'Ctrl 或 Shift 加點選' },
      boxSelect: { what: '框選範圍', how: '在空白畫布上按住 Shift 拖曳' },
      moveKeys: { what: '移動選取項目', how: '方向鍵（按住 Shift：一次四格）' },
      pan: { what: '平移', how: '拖曳空白畫布，或捲動' },
      zoom: { what: '縮放', how: 'Ctrl + 捲動，或雙指縮放' },
      group: { what: '放進框架', how: '把元素拖進框架' },
      palette: { what: '新增元素', how: '用 Tab 移到元素面板，再按 Enter' },
    },
  },
} satisfies Messages<typeof en>;
