/** A readability score from 0 (very hard) to 100 (very easy) as a meter: below 50 is low, from 70 high. */
export function ScoreMeter(props: { score: number; label?: string }) {
  return (
    <meter
      min={0}
      max={100}
      low={50}
      high={70}
      optimum={100}
      value={props.score}
      {...(props.label ? { 'aria-label': props.label } : { 'aria-hidden': true })}
    />
  );
}
