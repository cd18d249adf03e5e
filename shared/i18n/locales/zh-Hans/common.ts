import type { Messages } from '../../messages';
import type en from '../en/common';

export default {
  appName: 'Campaign Workbench',
  opening: '正在打开工作台…',
  language: '语言',
  dbError: {
    newerVersion: {
      title: '请更新 Campaign Workbench 以打开计划',
      body: '这些数据由更新版本的 Campaign Workbench 写入。请更新应用后再打开；目前没有任何数据被修改。',
    },
    blocked: {
      title: '另一个窗口正在更新数据',
      body: '另一个 Campaign Workbench 窗口正在升级数据库。请关闭其他窗口，然后重试。',
    },
    unavailable: {
      title: '无法打开你的计划',
      body: '无法打开你的计划：本地存储不可用或已满。请释放一些磁盘空间，或确认该应用可以在这台电脑上存储数据，然后重试。',
    },
    retry: '重试',
    reload: '重新加载',
    details: '技术详情',
  },
  save: {
    saving: '正在保存…',
    saved: '所有更改均已保存',
    error: '未保存：{{message}}',
  },
  status: {
    draft: '草稿',
    inFieldReview: '实地评审中',
    agreed: '双方已同意',
  },
  actions: {
    cancel: '取消',
    create: '创建',
    save: '保存',
    delete: '删除',
    rename: '重命名',
    duplicate: '创建副本',
    close: '关闭',
    restore: '恢复',
    open: '打开',
    undo: '撤销',
  },
} satisfies Messages<typeof en>;
