/** Profile properties the CRS reads beside the CEC check's ones (kept import-free so the CEC reader can list them). */
export const CRS_PROFILE_KEYS = [
  'age', 'dateOfBirth', 'maritalStatus', 'spouse', 'education', 'secondLanguage', 'canadianWorkYears',
  'foreignWorkYears', 'certificateOfQualification', 'provincialNomination', 'siblingInCanada', 'jobOffer',
] as const;
