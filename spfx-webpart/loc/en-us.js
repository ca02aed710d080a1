define([], function () {
  return {
    PropertyPaneDescription: 'Integrity CARMA settings',
    SettingsGroupName: 'Display',
    ViewFieldLabel: 'Part to show',
    SiteUrlFieldLabel: 'Site that holds the lists',
    SiteUrlFieldDescription: 'Leave empty to use the current site, e.g. https://pzcarma.sharepoint.com/sites/integriteit.',
    SiteUrlNotAbsolute: 'Enter a full address starting with https://.',
    SiteUrlNotHttps: 'The address must start with https://.',
    SiteUrlOtherTenant: 'The site must be in the same SharePoint environment as this page ({host}).'
  };
});
