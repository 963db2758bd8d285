// Mineral Peace Atlas embeds: resizes each atlas iframe on this page to the height its
// content reports (a message of type "mineral-peace-atlas:height"). Optional: without
// it, the iframe keeps the fixed height its code sets.
;(function () {
  window.addEventListener('message', function (e) {
    var d = e.data
    if (!d || d.type !== 'mineral-peace-atlas:height' || typeof d.height !== 'number') return
    var frames = document.querySelectorAll('iframe[data-mineral-peace-atlas]')
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i]
      if (f.contentWindow === e.source && new URL(f.src, location.href).origin === e.origin) {
        f.style.height = Math.max(120, Math.min(4000, Math.ceil(d.height))) + 'px'
      }
    }
  })
})()
