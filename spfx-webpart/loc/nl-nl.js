define([], function () {
  return {
    PropertyPaneDescription: 'Instellingen van Integriteit CARMA',
    SettingsGroupName: 'Weergave',
    ViewFieldLabel: 'Onderdeel om te tonen',
    SiteUrlFieldLabel: 'Site met de lijsten',
    SiteUrlFieldDescription: 'Laat leeg om de huidige site te gebruiken.'
  };
});
