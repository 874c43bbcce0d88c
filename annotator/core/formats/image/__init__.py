"""Image box formats: COCO, YOLO (Ultralytics and darknet), Pascal VOC, CVAT XML, CreateML, labelme; one module each.

Every one of them works in the DISPLAYED frame: boxes are pixels of the image as every EXIF-aware
viewer shows it, and the width and height written (or checked on import) are the displayed size.
"""
