define([], function () {
  return {
    PropertyPaneDescription: 'Instellingen van Integriteit CARMA',
    SettingsGroupName: 'Weergave',
    ViewFieldLabel: 'Onderdeel om te tonen',
    SiteUrlFieldLabel: 'Site met de lijsten',
    SiteUrlFieldDescription: 'Laat leeg om de huidige site te gebruiken, bv. https://pzcarma.sharepoint.com/sites/integriteit.',
    SiteUrlNotAbsolute: 'Geef een volledig adres op dat begint met https://.',
    SiteUrlNotHttps: 'Het adres moet met https:// beginnen.',
    SiteUrlOtherTenant: 'De site moet op dezelfde SharePoint-omgeving staan als deze pagina ({host}).'
  };
});
