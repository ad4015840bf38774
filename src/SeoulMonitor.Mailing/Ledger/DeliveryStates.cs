namespace SeoulMonitor.Mailing.Ledger;

/// <summary>Questions about <see cref="DeliveryState"/> values.</summary>
public static class DeliveryStates
{
    /// <summary>Whether the state is final: the recipient will not be tried again.</summary>
    public static bool IsFinal(DeliveryState state) => state >= DeliveryState.Sent;
}
