import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import type { UploadedImage } from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { Modal } from '../components/modal.tsx';
import { ErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { LIMITS } from '../../shared/limits.ts';

const acceptedTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

/** Uploading an image: PNG, JPEG, WebP or GIF up to the size limit, with the alt text it needs. */
export function ImageDialog(props: {
  upload(file: File): Promise<UploadedImage>;
  onInsert(image: UploadedImage, alt: string): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [problems, setProblems] = useState<{ file?: string; alt?: string }>({});
  const [error, setError] = useState<ApiError>();
  const [isUploading, setIsUploading] = useState(false);
  const maxMegabytes = LIMITS.imageBytes / (1024 * 1024);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      file: !file
        ? t('image.chooseFile')
        : !acceptedTypes.includes(file.type)
          ? t('image.wrongType')
          : file.size > LIMITS.imageBytes
            ? t('image.tooLarge', { max: maxMegabytes })
            : undefined,
      alt: alt.trim() ? undefined : t('image.altRequired'),
    };
    setProblems(found);
    if (found.file || found.alt || !file) return;
    setIsUploading(true);
    try {
      props.onInsert(await props.upload(file), alt.trim());
    } catch (caught) {
      // The server looks at the bytes too: a file that only claims to be an image is refused there.
      const status = caught instanceof ApiError ? caught.status : 0;
      if (status === 415) setProblems({ file: t('image.wrongType') });
      else if (status === 413) setProblems({ file: t('image.tooLarge', { max: maxMegabytes }) });
      else setError(caught as ApiError);
    } finally {
      setIsUploading(false);
    }
  };

  return (
    <Modal title={t('image.title')} onClose={props.onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorNotice error={error} />
        <Field
          label={t('image.file')}
          hint={t('image.fileHint', { max: maxMegabytes })}
          type="file"
          accept={acceptedTypes.join(',')}
          error={problems.file}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <Field
          label={t('image.alt')}
          hint={t('image.altHint')}
          error={problems.alt}
          value={alt}
          required
          onChange={(event) => setAlt(event.target.value)}
        />
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={isUploading}>
            {isUploading ? t('image.uploading') : t('image.insert')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
