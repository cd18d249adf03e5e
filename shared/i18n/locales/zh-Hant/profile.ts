import type { Messages } from '../../messages';
import type en from '../en/profile';

export default {
  role: { marketing: '行銷', sales: '業務', leadership: '主管／財務' },
  roleHint: {
    marketing: '起草計畫、回覆審閱並決定是否採納建議。',
    sales: '在現場審閱可行性並提出修改建議。',
    leadership: '閱讀、留言並簽核計畫。',
  },
  setup: {
    title: '誰在使用這台電腦？',
    intro: '你的姓名與角色會記錄在你做的每一項修改、審閱與簽核上。',
    name: '你的姓名',
    role: '你的角色',
    create: '開始工作',
    notAccessControl: '角色決定工作台為你提供哪些功能，並不是密碼：任何使用這台電腦的人都可以切換身分。',
  },
  menu: {
    label: '身分：{{name}}（{{role}}）',
    switchTo: '切換身分',
    add: '新增身分…',
    current: '目前身分',
  },
  error: { nameMissing: '請輸入姓名。' },
} satisfies Messages<typeof en>;
