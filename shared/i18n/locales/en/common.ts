export default {
  appName: 'Campaign Workbench',
  opening: 'Opening your workbench…',
  language: 'Language',
  dbError: {
    newerVersion: {
      title: 'Update Campaign Workbench to open your plans',
      body: 'This data was written by a newer version of Campaign Workbench. Update the app to open it; nothing has been changed.',
    },
    blocked: {
      title: 'Another window is updating your plans',
      body: 'Another Campaign Workbench window is upgrading the database. Close other windows, then retry.',
    },
    unavailable: {
      title: 'Your plans can’t be opened',
      body: 'Your plans can’t be opened: local storage is unavailable or full. Free up some disk space, or check that the app is allowed to store data on this computer, then retry.',
    },
    retry: 'Retry',
    reload: 'Reload',
    details: 'Technical details',
  },
  save: {
    saving: 'Saving…',
    saved: 'All changes saved',
    error: 'Not saved: {{message}}',
  },
  status: {
    draft: 'Draft',
    inFieldReview: 'In field review',
    agreed: 'Agreed',
  },
  actions: {
    cancel: 'Cancel',
    create: 'Create',
    save: 'Save',
    delete: 'Delete',
    rename: 'Rename',
    duplicate: 'Duplicate',
    close: 'Close',
    restore: 'Restore',
    open: 'Open',
    undo: 'Undo',
  },
};
