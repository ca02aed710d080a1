define([], function () {
  return {
    PropertyPaneDescription: 'Integrity CARMA settings',
    SettingsGroupName: 'Display',
    ViewFieldLabel: 'Part to show',
    SiteUrlFieldLabel: 'Site that holds the lists',
    SiteUrlFieldDescription: 'Leave empty to use the current site.'
  };
});
