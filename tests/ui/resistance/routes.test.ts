import { incidentRoute, NEW_INCIDENT_ROUTE, parseResistanceRoute } from '../../../src/ui/resistance/routes';
import { DILEMMAS_ROUTE, NEW_SESSION_ROUTE, parseTrainingsRoute, planRoute, trainingRoute } from '../../../src/ui/trainings/routes';

describe('the addresses of the Weerspannigheid and Opleidingen views', () => {
  it('reads back every page the views link to, and opens the overview for anything else', () => {
    expect(parseResistanceRoute(NEW_INCIDENT_ROUTE)).toEqual({ page: 'new' });
    expect(parseResistanceRoute(incidentRoute('12'))).toEqual({ page: 'incident', id: '12' });
    for (const odd of [undefined, '', 'incident/abc', 'incident/', 'x/1']) expect(parseResistanceRoute(odd)).toEqual({ page: 'overview' });
    expect(parseTrainingsRoute(NEW_SESSION_ROUTE)).toEqual({ page: 'new' });
    expect(parseTrainingsRoute(DILEMMAS_ROUTE)).toEqual({ page: 'dilemmas' });
    expect(parseTrainingsRoute(trainingRoute('4'))).toEqual({ page: 'training', id: '4' });
    expect(parseTrainingsRoute(planRoute('4'))).toEqual({ page: 'plan', id: '4' });
    for (const odd of [undefined, 'opleiding/x', 'plannen/', 'iets']) expect(parseTrainingsRoute(odd)).toEqual({ page: 'overview' });
  });
});
