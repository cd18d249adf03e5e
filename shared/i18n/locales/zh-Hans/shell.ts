import type { Messages } from '../../messages';
import type en from '../en/shell';

export default {
  menu: { file: '文件', edit: '编辑', view: '视图', window: '窗口', help: '帮助' },
  command: {
    plan: { new: '新建计划', library: '所有计划' },
    window: { new: '新建窗口' },
    edit: {
      undo: '撤销',
      redo: '重做',
      cut: '剪切',
      copy: '复制',
      paste: '粘贴',
      delete: '删除',
      selectAll: '全选',
      duplicate: '创建副本',
      group: '放进框架',
    },
    view: {
      zoomIn: '放大',
      zoomOut: '缩小',
      zoomToFit: '缩放至全貌',
      toggleMinimap: '显示或隐藏总览地图',
      autoLayout: '自动排版',
      history: '计划历史',
    },
    help: { shortcuts: '键盘快捷键' },
    review: { start: '评审模式' },
    palette: { open: '查找命令或元素…' },
  },
  role: {
    about: '关于 Campaign Workbench',
    services: '服务',
    hide: '隐藏 Campaign Workbench',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
    quit: '退出 Campaign Workbench',
    close: '关闭窗口',
    minimize: '最小化',
    zoom: '缩放',
    front: '全部置于顶层',
    togglefullscreen: '切换全屏',
    toggleDevTools: '切换开发者工具',
  },
} satisfies Messages<typeof en>;
