declare interface IIntegriteitCarmaWebPartStrings {
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  ViewFieldLabel: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
  SiteUrlNotAbsolute: string;
  SiteUrlNotHttps: string;
  SiteUrlOtherTenant: string;
}

declare module 'IntegriteitCarmaWebPartStrings' {
  const strings: IIntegriteitCarmaWebPartStrings;
  export = strings;
}
