// The bulwark command line: thin commands that call the same services as the API.
import { Command } from 'commander';
import { adminCommands } from './commands/admin.js';
import { apiCommand } from './commands/api.js';
import { secretsCommands } from './commands/secrets.js';
import { auditCommands } from './commands/audit.js';
import { backupCommands } from './commands/backup.js';
import { catalogueCommands } from './commands/catalogue.js';
import { demoCommand } from './commands/demo.js';
import { migrateCommand } from './commands/migrate.js';
import { orgCommands } from './commands/org.js';
import { importCommands } from './commands/import.js';
import { kevCommands } from './commands/kev.js';
import { vulnsCommands } from './commands/vulns.js';
import { assessmentCommands } from './commands/assessment.js';
import { incidentCommands } from './commands/incidents.js';
import { alertCommands } from './commands/alerts.js';
import { assetCommands } from './commands/assets.js';
import { flowCommands } from './commands/flows.js';
import { ropaCommands } from './commands/ropa.js';
import { dpiaCommands } from './commands/dpias.js';
import { peopleCommands } from './commands/people.js';
import { staffCommands } from './commands/staff.js';
import { reviewCommands } from './commands/reviews.js';
import { cyberAlertCommands } from './commands/cyber-alerts.js';
import { asOfOption } from './as-of.js';
import { fail, reportErrorsAsAsked } from './output.js';

// Before any command is added, so that every command inherits how errors are reported.
const program = asOfOption(
  reportErrorsAsAsked(new Command().name('bulwark').description('Bulwark cyber-resilience workbench: administration from the command line').showHelpAfterError()),
);

adminCommands(program);
orgCommands(program);
catalogueCommands(program);
importCommands(program);
assessmentCommands(program);
incidentCommands(program);
alertCommands(program);
assetCommands(program);
flowCommands(program);
ropaCommands(program);
dpiaCommands(program);
staffCommands(program);
kevCommands(program);
vulnsCommands(program);
cyberAlertCommands(program);
peopleCommands(program);
reviewCommands(program);
auditCommands(program);
demoCommand(program);
backupCommands(program);
migrateCommand(program);
secretsCommands(program);
apiCommand(program);

program.parseAsync(process.argv).catch(fail);
