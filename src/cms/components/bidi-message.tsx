import { useI18n } from '../i18n/i18n.ts';

const MARK = '\u0000';

/**
 * A message with one value that people wrote (a page title, a search query) isolated in <bdi>, in its
 * language where known, so that right-to-left text keeps its order inside the interface's sentence.
 */
export function BidiMessage(props: {
  id: string;
  /** The placeholder the text takes, e.g. "title". */
  name: string;
  text: string;
  lang?: string | undefined;
  values?: Record<string, string | number>;
}) {
  const { t } = useI18n();
  const [before = '', after = ''] = t(props.id, { ...props.values, [props.name]: MARK }).split(MARK);
  return (
    <>
      {before}
      <bdi lang={props.lang}>{props.text}</bdi>
      {after}
    </>
  );
}
