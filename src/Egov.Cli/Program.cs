using System.CommandLine;

var root = new RootCommand("Enjoy e-Gov operators' command line. Reads the host's appsettings.json and environment variables (e.g. Database__Provider, ConnectionStrings__Egov).");
root.Subcommands.Add(DbCommands.Create());
root.Subcommands.Add(PackCommands.Create());
root.Subcommands.Add(AuditCommands.Create());
root.Subcommands.Add(OutboxCommands.Create());
root.Subcommands.Add(PopulationCommands.Create());
root.Subcommands.Add(RegistryCommands.Create());
root.Subcommands.Add(KeyCommands.Create());
root.Subcommands.Add(DocumentCommands.Create());
root.Subcommands.Add(BenefitCommands.Create());
return await root.Parse(args).InvokeAsync();
