/**
 * Plan templates: each template's name and description (keyed by template id), the titles
 * of the frames they draw, and per element kind the title a new element gets and the
 * prompt shown while its body is empty. Prompts are questions both sales and marketing
 * can answer from evidence.
 */
export default {
  blank: {
    name: 'Blank plan',
    description: 'An empty canvas: start from scratch.',
  },
  'marketing-mix-4p': {
    name: '4P marketing mix',
    description: 'Product, price, place and promotion on one grid, tied to the objective they serve.',
  },
  'customer-view-4c': {
    name: '4C customer view',
    description: 'Customer value, cost, convenience and communication: the plan as the customer sees it.',
  },
  'paired-4p-4c': {
    name: '4P↔4C paired plan',
    description: 'Each P beside its C, so every decision is checked against what the customer gets.',
  },
  'campaign-launch': {
    name: 'Campaign launch',
    description:
      'From segment, target and positioning through the mix to tactics and KPIs, with a budget line and a launch milestone.',
  },
  frame: {
    mix: 'Marketing mix (4P)',
    customerView: 'Customer view (4C)',
    productCustomer: 'Product ↔ Customer',
    priceCost: 'Price ↔ Cost',
    placeConvenience: 'Place ↔ Convenience',
    promotionCommunication: 'Promotion ↔ Communication',
  },
  card: {
    product: {
      title: 'Product',
      prompt: 'What do we offer, and which customer problem does it solve better than the alternatives?',
    },
    price: {
      title: 'Price',
      prompt: 'What will customers pay, and how does that compare with the alternatives they weigh?',
    },
    place: {
      title: 'Place',
      prompt: 'Through which channels and partners does it reach customers, and what will the channel actually do?',
    },
    promotion: {
      title: 'Promotion',
      prompt: 'How will we make it known and create demand: which messages, media and offers, and when?',
    },
    customer: {
      title: 'Customer value',
      prompt: 'Which customer need does this meet, and what value do they get, in their words rather than ours?',
    },
    cost: {
      title: 'Cost to the customer',
      prompt: 'What does buying and using it really cost the customer: money, time, effort and the risk of switching?',
    },
    convenience: {
      title: 'Convenience',
      prompt: 'How easily can customers find it, buy it and start using it, where and when they already shop?',
    },
    communication: {
      title: 'Communication',
      prompt: 'How will we talk with customers, not at them, and how will we hear what they really think and object to?',
    },
    segment: {
      title: 'Segment',
      prompt: 'Which group of customers are we going after, how big is it, and what do they have in common?',
    },
    target: {
      title: 'Target customer',
      prompt: 'Who actually buys and who decides? Describe the customer sales will be calling on.',
    },
    positioning: {
      title: 'Positioning',
      prompt: 'Why should the target choose us over the alternatives? One sentence a rep can say to a customer.',
    },
    tactic: {
      title: 'Launch tactics',
      prompt: 'Which concrete actions will marketing and sales take, who owns each one, and by when?',
    },
    objective: {
      title: 'Objective and KPIs',
      prompt:
        'What result do we commit to, measured how (qualified leads, win rate, cost per customer acquired), and by when?',
    },
    budget: {
      title: 'Launch budget',
      prompt: 'How much do we spend, on what and for which segment, and who agreed to it?',
    },
    milestone: {
      title: 'Launch date',
      prompt: 'Which date or checkpoint must we hit, and what has to be ready by then?',
    },
  },
};
