import type { Messages } from '../../messages';
import type en from '../en/common';

export default {
  appName: 'Campaign Workbench',
  opening: '正在開啟工作台…',
  language: '語言',
  dbError: {
    newerVersion: {
      title: '請更新 Campaign Workbench 以開啟計畫',
      body: '這些資料是由較新版本的 Campaign Workbench 寫入的。請更新應用程式後再開啟；目前沒有任何資料被更動。',
    },
    blocked: {
      title: '另一個視窗正在更新資料',
      body: '另一個 Campaign Workbench 視窗正在升級資料庫。請關閉其他視窗，然後重試。',
    },
    unavailable: {
      title: '無法開啟你的計畫',
      body: '無法開啟你的計畫：本機儲存空間無法使用或已滿。請釋出一些磁碟空間，或確認這個應用程式可以在這台電腦上儲存資料，然後重試。',
    },
    retry: '重試',
    reload: '重新載入',
    details: '技術細節',
  },
  save: {
    saving: '儲存中…',
    saved: '所有變更都已儲存',
    error: '未儲存：{{message}}',
  },
  status: {
    draft: '草稿',
    inFieldReview: '實地審閱中',
    agreed: '雙方已同意',
  },
  actions: {
    cancel: '取消',
    create: '建立',
    save: '儲存',
    delete: '刪除',
    rename: '重新命名',
    duplicate: '建立副本',
    close: '關閉',
    restore: '還原',
    open: '開啟',
    undo: '復原',
  },
} satisfies Messages<typeof en>;
