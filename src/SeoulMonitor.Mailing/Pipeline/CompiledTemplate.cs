using Fluid;

namespace SeoulMonitor.Mailing.Pipeline;

/// <summary>A campaign's templates, compiled once.</summary>
internal sealed record CompiledTemplate(IFluidTemplate Subject, IFluidTemplate? Html, IFluidTemplate? Text);
