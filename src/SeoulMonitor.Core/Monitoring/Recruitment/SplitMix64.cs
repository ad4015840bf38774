namespace SeoulMonitor.Core.Monitoring.Recruitment;

/// <summary>
/// The SplitMix64 generator (Steele, Lea and Flood, 2014; the reference constants of Vigna's <c>splitmix64.c</c>): a
/// fixed, documented algorithm, so a seed gives the same sequence on every platform and runtime version, unlike
/// <see cref="Random"/> whose algorithm is not a contract.
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(long seed) => _state = unchecked((ulong)seed);

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>
    /// A uniform integer in [0, <paramref name="bound"/>): values below 2^64 mod bound are rejected, so the remainder
    /// is unbiased.
    /// </summary>
    public ulong NextBelow(ulong bound)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bound);
        var threshold = unchecked(0UL - bound) % bound;
        while (true)
        {
            var r = Next();
            if (r >= threshold)
            {
                return r % bound;
            }
        }
    }
}
