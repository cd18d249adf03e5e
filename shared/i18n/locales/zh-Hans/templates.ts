import type { Messages } from '../../messages';
import type en from '../en/templates';

export default {
  blank: {
    name: '空白计划',
    description: '从一张空白画布开始。',
  },
  'marketing-mix-4p': {
    name: '4P 营销组合',
    description: '把产品、价格、渠道、促销放在同一张图上，并对准它们要服务的目标。',
  },
  'customer-view-4c': {
    name: '4C 顾客视角',
    description: '顾客价值、顾客成本、便利、沟通：站在顾客的角度审视这份计划。',
  },
  'paired-4p-4c': {
    name: '4P↔4C 对照计划',
    description: '每个 P 旁边放上对应的 C，让每一项决策都回到“顾客得到了什么”来检验。',
  },
  'campaign-launch': {
    name: '营销活动上市',
    description: '从市场细分、目标客群和定位，经过营销组合，一直到执行战术和 KPI，并附上预算项目和上市里程碑。',
  },
  frame: {
    mix: '营销组合（4P）',
    customerView: '顾客视角（4C）',
    productCustomer: '产品 ↔ 顾客',
    priceCost: '价格 ↔ 成本',
    placeConvenience: '渠道 ↔ 便利',
    promotionCommunication: '促销 ↔ 沟通',
  },
  card: {
    product: {
      title: '产品',
      prompt: '我们提供什么？和顾客手上的其他选择相比，它能更好地解决哪个问题？',
    },
    price: {
      title: '价格',
      prompt: '顾客要付多少钱？和他们会拿来比较的其他选择相比怎么样？',
    },
    place: {
      title: '渠道',
      prompt: '通过哪些渠道和合作伙伴触达顾客？渠道实际上愿意配合做什么？',
    },
    promotion: {
      title: '促销',
      prompt: '怎样让市场知道并拉动需求？用哪些信息、媒体和优惠，在什么时间推出？',
    },
    customer: {
      title: '顾客价值',
      prompt: '这满足了顾客的哪个需求？用顾客自己的话说，他们得到了什么价值？',
    },
    cost: {
      title: '顾客成本',
      prompt: '顾客购买和使用的真实成本是多少？包括金钱、时间、精力，以及更换供应商的风险。',
    },
    convenience: {
      title: '便利',
      prompt: '顾客能多方便地找到、买到并用起来？是否就出现在他们平时购买的地方和时间？',
    },
    communication: {
      title: '沟通',
      prompt: '怎样和顾客双向沟通，而不是单向灌输？我们如何听到他们真实的想法和顾虑？',
    },
    segment: {
      title: '市场细分',
      prompt: '我们要瞄准哪一群顾客？规模有多大？他们有什么共同点？',
    },
    target: {
      title: '目标客群',
      prompt: '实际是谁购买、谁拍板？描述一下销售要去拜访的那位顾客。',
    },
    positioning: {
      title: '定位',
      prompt: '目标顾客为什么要选我们，而不是其他选择？写一句销售能直接对顾客说的话。',
    },
    tactic: {
      title: '上市战术',
      prompt: '市场部和销售部各要采取哪些具体行动？每一项由谁负责、什么时候完成？',
    },
    objective: {
      title: '目标与 KPI',
      prompt: '我们承诺达成什么结果？用什么指标衡量（有效线索、成交率、获客成本），什么时候达成？',
    },
    budget: {
      title: '上市预算',
      prompt: '要花多少钱、花在哪里、分给哪个细分市场？由谁共同审批？',
    },
    milestone: {
      title: '上市日期',
      prompt: '必须赶上哪个日期或检查点？到那时哪些事情必须准备到位？',
    },
  },
} satisfies Messages<typeof en>;
