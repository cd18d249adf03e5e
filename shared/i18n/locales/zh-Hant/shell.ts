import type { Messages } from '../../messages';
import type en from '../en/shell';

export default {
  menu: { file: '檔案', edit: '編輯', view: '檢視', window: '視窗', help: '說明' },
  command: {
    plan: { new: '新增計畫', library: '所有計畫' },
    window: { new: '開新視窗' },
    edit: {
      undo: '復原',
      redo: '重做',
      cut: '剪下',
      copy: '複製',
      paste: '貼上',
      delete: '刪除',
      selectAll: '全選',
      duplicate: '再製',
      group: '放進框架',
    },
    view: {
      zoomIn: '放大',
      zoomOut: '縮小',
      zoomToFit: '縮放至全貌',
      toggleMinimap: '顯示或隱藏總覽地圖',
      autoLayout: '自動排版',
      history: '計畫歷程',
    },
    help: { shortcuts: '鍵盤快捷鍵' },
    review: { start: '審閱模式' },
    palette: { open: '尋找指令或元素…' },
  },
  role: {
    about: '關於 Campaign Workbench',
    services: '服務',
    hide: '隱藏 Campaign Workbench',
    hideOthers: '隱藏其他',
    unhide: '顯示全部',
    quit: '結束 Campaign Workbench',
    close: '關閉視窗',
    minimize: '縮到最小',
    zoom: '縮放',
    front: '將全部移至最前',
    togglefullscreen: '切換全螢幕',
    toggleDevTools: '切換開發者工具',
  },
} satisfies Messages<typeof en>;
