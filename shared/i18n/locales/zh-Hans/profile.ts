import type { Messages } from '../../messages';
import type en from '../en/profile';

export default {
  role: { marketing: '市场', sales: '销售', leadership: '管理层／财务' },
  roleHint: {
    marketing: '起草计划、回复评审并决定是否采纳建议。',
    sales: '在一线评审可行性并提出修改建议。',
    leadership: '阅读、评论并签批计划。',
  },
  setup: {
    title: '谁在使用这台电脑？',
    intro: '你的姓名和角色会记录在你做的每一处修改、评审和签批上。',
    name: '你的姓名',
    role: '你的角色',
    create: '开始工作',
    notAccessControl: '角色决定工作台为你提供哪些功能，并不是密码：任何使用这台电脑的人都可以切换身份。',
  },
  menu: {
    label: '身份：{{name}}（{{role}}）',
    switchTo: '切换身份',
    add: '添加身份…',
    current: '当前身份',
  },
  error: { nameMissing: '请输入姓名。' },
} satisfies Messages<typeof en>;
