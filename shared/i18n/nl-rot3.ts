// Dutch texts of the rotation follow-ups (ROT-30…45): the harvest per visit, the late group's
// reason on the overview, a visit that the plan does not bring here.

export const nlRot3 = {
  'csv.col.visit': 'bezoek',
  'rot3.visit.from': 'vanaf {time}',
  'rot3.visit.outside': 'Buiten de bezoeken',
  'rot3.visit.nothing': 'Niets binnengekomen in dit bezoek.',
  'rot3.late.absent': 'geen telefoon van de groep verbonden',
  'rot3.late.elsewhere': 'de telefoons van de groep zijn nog bij {at} ({phones})',
  'rot3.waiting': '{group} is er ({phones} telefoons), bezoek nog niet gestart',
  'rot3.waiting.one': '{group} is er (1 telefoon), bezoek nog niet gestart',
};
