export default {
  role: { marketing: 'Marketing', sales: 'Sales', leadership: 'Leadership / finance' },
  roleHint: {
    marketing: 'Drafts the plan, answers reviews and decides on suggestions.',
    sales: 'Reviews feasibility in the field and suggests changes.',
    leadership: 'Reads, comments and signs the plan.',
  },
  setup: {
    title: 'Who is working on this laptop?',
    intro: 'Your name and role go on every change, review and sign-off you make.',
    name: 'Your name',
    role: 'Your role',
    create: 'Start working',
    notAccessControl: 'Roles shape what the workbench offers you. They are not passwords: anyone at this laptop can switch profile.',
  },
  menu: {
    label: 'Profile: {{name}} ({{role}})',
    switchTo: 'Switch profile',
    add: 'Add a profile…',
    current: 'Working as',
  },
  error: { nameMissing: 'Enter a name.' },
};
