using System.CommandLine;

var root = new RootCommand("Enjoy e-Gov operators' command line");
return await root.Parse(args).InvokeAsync();
