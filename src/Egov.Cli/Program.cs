using System.CommandLine;

var root = new RootCommand("Enjoy e-Gov operators' command line");
root.Subcommands.Add(PackCommands.Create());
return await root.Parse(args).InvokeAsync();
