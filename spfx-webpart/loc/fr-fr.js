define([], function () {
  return {
    PropertyPaneDescription: "Paramètres d'Intégrité CARMA",
    SettingsGroupName: 'Affichage',
    ViewFieldLabel: 'Partie à afficher',
    SiteUrlFieldLabel: 'Site contenant les listes',
    SiteUrlFieldDescription: 'Laisser vide pour utiliser le site actuel, p. ex. https://pzcarma.sharepoint.com/sites/integriteit.',
    SiteUrlNotAbsolute: 'Indiquez une adresse complète commençant par https://.',
    SiteUrlNotHttps: "L'adresse doit commencer par https://.",
    SiteUrlOtherTenant: "Le site doit se trouver dans le même environnement SharePoint que cette page ({host})."
  };
});
