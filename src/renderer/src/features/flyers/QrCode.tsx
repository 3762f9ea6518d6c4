// A QR code as vector squares, drawn from the address without any network.
import { useMemo } from 'react';
import { qrShape } from '../../domain/qr';

export function QrCode({ text, label }: { text: string; label: string }) {
  const shape = useMemo(() => {
    try {
      return qrShape(text);
    } catch {
      // Too long to encode: the address is still printed as text beside where the code would be.
      return null;
    }
  }, [text]);
  if (!shape) return null;
  return (
    <svg
      className="flyer-qr-code"
      viewBox={`0 0 ${shape.size} ${shape.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={shape.size} height={shape.size} fill="#fff" />
      <path d={shape.path} fill="#000" />
    </svg>
  );
}
