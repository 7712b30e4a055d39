var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health/live", () => "ok");
app.Run();

/// <summary>Entry point, public so integration tests can host it.</summary>
public partial class Program;
