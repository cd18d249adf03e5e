import type { Messages } from '../../messages';
import type en from '../en/canvas';

export default {
  label: '计划画布',
  missing: '这份计划已不存在，可能已在其他窗口中删除。',
  minimap: '总览地图',
  node: { untitled: '未命名', linkIn: '连入的连接', linkOut: '拖动以连接到其他元素' },
  a11y: {
    nodeHelp: '按 Enter 或空格键选中。方向键移动所选项；Delete 删除；Ctrl+C 和 Ctrl+V 复制与粘贴。',
  },
  palette: { label: '添加元素', hint: '点击或按 Enter 添加到当前视图，或拖到画布上' },
  coverage: {
    label: '4P↔4C 对应检查',
    balanced: '均衡：每个 P 都有对应的 C',
    unbalanced: '不均衡：有 P 缺少顾客视角',
    status: {
      covered: '已覆盖：两端都在计划中',
      lacking: '缺少对应的 C：请补上这个 P 的顾客视角',
      customerOnly: '只有顾客视角：尚无对应的 P',
      unused: '此计划未使用',
    },
  },
  inspector: {
    tabs: { details: '内容', reviews: '评审', history: '历史' },
    label: '属性面板',
    multiple: '已选中 {{count}} 个元素。拖动可一起移动，或按 Ctrl+G 放进框架。',
    title: '标题',
    body: '内容',
    bodyPlaceholder: '写下团队的共识…',
    link: '连接',
    linkType: '类型',
    linkLabel: '标签',
    deleteLink: '删除连接',
    plan: '计划',
    planHint: '选中元素即可编辑。输入时自动保存。',
  },
  plan: {
    title: '计划名称',
    brand: '品牌／产品',
    market: '市场',
    periodStart: '开始日期',
    periodEnd: '结束日期',
    currency: '币种',
  },
  toolbar: { back: '返回计划列表', history: '历史', arrange: '排列', newLinks: '新连接：' },
  help: {
    title: '键盘快捷键与操作手势',
    gesture: {
      connect: { what: '连接两个元素', how: '从右侧的圆点拖到另一个元素' },
      multiSelect: { what: '多选', how: 'Ctrl 或 Shift 加点击' },
      boxSelect: { what: '框选区域', how: '在空白画布上按住 Shift 拖动' },
      moveKeys: { what: '移动所选项', how: '方向键（按住 Shift：一次四格）' },
      pan: { what: '平移', how: '拖动空白画布，或滚动' },
      zoom: { what: '缩放', how: 'Ctrl + 滚动，或双指缩放' },
      group: { what: '放进框架', how: '把元素拖进框架' },
      palette: { what: '添加元素', how: '用 Tab 移到元素面板，再按 Enter' },
    },
  },
} satisfies Messages<typeof en>;
