define([], function () {
  return {
    PropertyPaneDescription: "Paramètres d'Intégrité CARMA",
    SettingsGroupName: 'Affichage',
    ViewFieldLabel: 'Partie à afficher',
    SiteUrlFieldLabel: 'Site contenant les listes',
    SiteUrlFieldDescription: 'Laisser vide pour utiliser le site actuel.'
  };
});
