import type { Messages } from '../../messages';
import type en from '../en/templates';

export default {
  blank: {
    name: '空白計畫',
    description: '從一張空白畫布開始。',
  },
  'marketing-mix-4p': {
    name: '4P 行銷組合',
    description: '把產品、價格、通路、推廣放在同一張圖上，並對準它們要達成的目標。',
  },
  'customer-view-4c': {
    name: '4C 顧客觀點',
    description: '顧客價值、顧客成本、便利、溝通：站在顧客的角度檢視這份計畫。',
  },
  'paired-4p-4c': {
    name: '4P↔4C 對照計畫',
    description: '每個 P 旁邊擺上對應的 C，讓每一項決策都回到「顧客得到什麼」來檢驗。',
  },
  'campaign-launch': {
    name: '行銷活動上市',
    description: '從市場區隔、目標客群與定位，經過行銷組合，一路到執行戰術與 KPI，並附上預算項目與上市里程碑。',
  },
  frame: {
    mix: '行銷組合（4P）',
    customerView: '顧客觀點（4C）',
    productCustomer: '產品 ↔ 顧客',
    priceCost: '價格 ↔ 成本',
    placeConvenience: '通路 ↔ 便利',
    promotionCommunication: '推廣 ↔ 溝通',
  },
  card: {
    product: {
      title: '產品',
      prompt: '我們提供什麼？比起顧客手上的其他選擇，它更能解決哪個問題？',
    },
    price: {
      title: '價格',
      prompt: '顧客要付多少錢？和他們會拿來比較的其他選擇相比如何？',
    },
    place: {
      title: '通路',
      prompt: '透過哪些通路和合作夥伴送到顧客面前？通路實際上願意配合做什麼？',
    },
    promotion: {
      title: '推廣',
      prompt: '要怎麼讓市場知道並帶動需求？用哪些訊息、媒體和優惠，在什麼時間點推出？',
    },
    customer: {
      title: '顧客價值',
      prompt: '這滿足了顧客的哪個需求？用顧客自己的話來說，他們得到什麼價值？',
    },
    cost: {
      title: '顧客成本',
      prompt: '顧客購買和使用的真實成本是多少？包括金錢、時間、心力，以及更換供應商的風險。',
    },
    convenience: {
      title: '便利',
      prompt: '顧客能多輕鬆地找到、買到並開始使用？是否就出現在他們平常購買的地方和時間？',
    },
    communication: {
      title: '溝通',
      prompt: '怎樣和顧客雙向溝通，而不是單向喊話？我們如何聽到他們真正的想法和疑慮？',
    },
    segment: {
      title: '市場區隔',
      prompt: '我們要鎖定哪一群顧客？規模有多大？他們有什麼共同點？',
    },
    target: {
      title: '目標客群',
      prompt: '實際上是誰購買、誰拍板？描述業務要去拜訪的那位顧客。',
    },
    positioning: {
      title: '定位',
      prompt: '目標顧客為什麼要選我們，而不是其他選擇？寫一句業務能直接對顧客說的話。',
    },
    tactic: {
      title: '上市戰術',
      prompt: '行銷和業務各要採取哪些具體行動？每一項由誰負責、何時完成？',
    },
    objective: {
      title: '目標與 KPI',
      prompt: '我們承諾達成什麼成果？用什麼指標衡量（有效名單、成交率、獲客成本），何時達成？',
    },
    budget: {
      title: '上市預算',
      prompt: '要花多少錢、花在哪裡、分配給哪個區隔？由誰共同核定？',
    },
    milestone: {
      title: '上市日期',
      prompt: '必須趕上哪個日期或檢查點？到時候有哪些事情必須準備就緒？',
    },
  },
} satisfies Messages<typeof en>;
