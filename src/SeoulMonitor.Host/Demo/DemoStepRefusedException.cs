namespace SeoulMonitor.Host.Demo;

/// <summary>A demo seeding step the domain refused (the demo is then incomplete; the host still starts).</summary>
internal sealed class DemoStepRefusedException(string step, string code)
    : Exception($"Demo data step '{step}' was refused: {code}.")
{
    /// <summary>The step.</summary>
    public string Step { get; } = step;

    /// <summary>The refusal's code.</summary>
    public string Code { get; } = code;
}
