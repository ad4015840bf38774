using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;

namespace SeoulMonitor.Mailing.Messages;

/// <summary>
/// A template made only of text and plain merge fields (<c>{{ name }}</c>: one identifier, no filter, no tag), cut
/// into segments once per campaign: each text run is rendered by Fluid once and kept, and a recipient's message is
/// the runs with the merge values written (encoded) in between: no Liquid evaluation per recipient. Any other
/// statement (tags, filters, member paths) leaves the template to Fluid. Immutable and thread-safe.
/// </summary>
internal sealed class TemplateSegments
{
    private readonly string?[] _texts;
    private readonly string?[] _fields;
    private readonly IEqualityComparer<string> _names;

    private TemplateSegments(string?[] texts, string?[] fields, IEqualityComparer<string> names) => (_texts, _fields, _names) = (texts, fields, names);

    /// <summary>The segments of <paramref name="template"/>, or <see langword="null"/> when it needs Fluid per recipient.</summary>
    public static TemplateSegments? TryCreate(IFluidTemplate template, TemplateOptions options)
    {
        if (template is not FluidTemplate { Statements: { } statements } || statements.Count > MessageLimits.MaxBodyTemplateLength)
        {
            return null;
        }

        var texts = new string?[statements.Count];
        var fields = new string?[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            switch (statements[i])
            {
                case TextSpanStatement text:
                    texts[i] = RenderText(text, options);
                    break;
                case OutputStatement { Expression: MemberExpression { Segments: [IdentifierSegment identifier] } } output when output.Filters is not { Count: > 0 }:
                    fields[i] = identifier.Identifier;
                    break;
                default:
                    return null;
            }
        }

        return new TemplateSegments(texts, fields, options.ModelNamesComparer ?? StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Writes the template for one recipient; <paramref name="lookup"/> gives a field's value or <see langword="null"/> (nil).</summary>
    public void Render<TLookup>(TextWriter writer, TextEncoder encoder, TLookup lookup)
        where TLookup : ISegmentValues
    {
        for (var i = 0; i < _texts.Length; i++)
        {
            if (_texts[i] is { } text)
            {
                writer.Write(text);
            }
            else if (lookup.Find(_fields[i]!, _names) is { Length: > 0 } value)
            {
                encoder.Encode(writer, value);
            }
        }
    }

    private static string RenderText(TextSpanStatement text, TemplateOptions options)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var rendering = text.WriteToAsync(writer, NullEncoder.Default, new TemplateContext(options));
        if (!rendering.IsCompletedSuccessfully)
        {
            rendering.AsTask().GetAwaiter().GetResult();
        }

        return writer.ToString();
    }
}
